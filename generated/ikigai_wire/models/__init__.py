"""Contains all the data models used in inputs/outputs"""

from .abort_dataset_upload_request import AbortDatasetUploadRequest
from .app import App
from .app_access_level import AppAccessLevel
from .argument_spec import ArgumentSpec
from .argument_spec_children import ArgumentSpecChildren
from .arrow import Arrow
from .arrow_arguments import ArrowArguments
from .chain_facet_specs import ChainFacetSpecs
from .chain_group import ChainGroup
from .chart import Chart
from .chart_data_types import ChartDataTypes
from .column_data_type import ColumnDataType
from .column_data_type_data_formats import ColumnDataTypeDataFormats
from .column_data_type_name import ColumnDataTypeName
from .complete_dataset_upload_request import CompleteDatasetUploadRequest
from .confirm_dataset_upload_response import ConfirmDatasetUploadResponse
from .create_app_directory_request import CreateAppDirectoryRequest
from .create_app_directory_request_directory import CreateAppDirectoryRequestDirectory
from .create_custom_facet_request import CreateCustomFacetRequest
from .create_custom_facet_request_custom_facet import CreateCustomFacetRequestCustomFacet
from .create_dataset_request import CreateDatasetRequest
from .create_dataset_request_dataset import CreateDatasetRequestDataset
from .create_model_request import CreateModelRequest
from .create_model_request_model import CreateModelRequestModel
from .create_pipeline_request import CreatePipelineRequest
from .create_pipeline_request_pipeline import CreatePipelineRequestPipeline
from .create_project_directory_request import CreateProjectDirectoryRequest
from .create_project_directory_request_directory import CreateProjectDirectoryRequestDirectory
from .create_project_request import CreateProjectRequest
from .create_project_request_project import CreateProjectRequestProject
from .custom_facet import CustomFacet
from .custom_facet_access_level import CustomFacetAccessLevel
from .custom_facet_access_request import CustomFacetAccessRequest
from .custom_facet_argument import CustomFacetArgument
from .custom_facet_argument_type import CustomFacetArgumentType
from .custom_facet_id_response import CustomFacetIdResponse
from .custom_facet_list import CustomFacetList
from .custom_facet_ref import CustomFacetRef
from .custom_facet_version import CustomFacetVersion
from .custom_facet_version_created_response import CustomFacetVersionCreatedResponse
from .custom_facet_version_list import CustomFacetVersionList
from .dataset import Dataset
from .dataset_data_types import DatasetDataTypes
from .dataset_download_status import DatasetDownloadStatus
from .dataset_download_url_response import DatasetDownloadUrlResponse
from .dataset_id_response import DatasetIdResponse
from .dataset_job_status import DatasetJobStatus
from .dataset_job_type import DatasetJobType
from .dataset_list import DatasetList
from .dataset_log_entry import DatasetLogEntry
from .dataset_log_response import DatasetLogResponse
from .dataset_ref import DatasetRef
from .dataset_upload_ack import DatasetUploadAck
from .dataset_upload_status import DatasetUploadStatus
from .delete_custom_facet_request import DeleteCustomFacetRequest
from .delete_dataset_request import DeleteDatasetRequest
from .delete_model_request import DeleteModelRequest
from .delete_pipeline_request import DeletePipelineRequest
from .delete_project_directory_request import DeleteProjectDirectoryRequest
from .delete_project_directory_request_directory import DeleteProjectDirectoryRequestDirectory
from .delete_project_request import DeleteProjectRequest
from .directory import Directory
from .directory_id_response import DirectoryIdResponse
from .directory_list import DirectoryList
from .directory_ref import DirectoryRef
from .directory_type import DirectoryType
from .edit_custom_facet_draft_request import EditCustomFacetDraftRequest
from .edit_custom_facet_draft_request_custom_facet import EditCustomFacetDraftRequestCustomFacet
from .edit_dataset_request import EditDatasetRequest
from .edit_dataset_request_dataset import EditDatasetRequestDataset
from .edit_model_request import EditModelRequest
from .edit_model_request_model import EditModelRequestModel
from .edit_pipeline_request import EditPipelineRequest
from .edit_pipeline_request_pipeline import EditPipelineRequestPipeline
from .edit_project_request import EditProjectRequest
from .edit_project_request_project import EditProjectRequestProject
from .embedded_directory import EmbeddedDirectory
from .error_message import ErrorMessage
from .external_component import ExternalComponent
from .facet import Facet
from .facet_argument_type import FacetArgumentType
from .facet_arguments import FacetArguments
from .facet_group_specs import FacetGroupSpecs
from .facet_info import FacetInfo
from .facet_requirement import FacetRequirement
from .facet_spec import FacetSpec
from .facet_specs import FacetSpecs
from .feature_importance_spec import FeatureImportanceSpec
from .flow import Flow
from .flow_definition import FlowDefinition
from .flow_definition_model_variables import FlowDefinitionModelVariables
from .flow_definition_variables import FlowDefinitionVariables
from .flow_progress import FlowProgress
from .flow_status import FlowStatus
from .flow_variable import FlowVariable
from .generate_rootkit_token_request import GenerateRootkitTokenRequest
from .get_custom_facet_response import GetCustomFacetResponse
from .get_custom_facet_version_response import GetCustomFacetVersionResponse
from .get_dataset_response import GetDatasetResponse
from .get_directory_response import GetDirectoryResponse
from .get_model_response import GetModelResponse
from .get_model_version_response import GetModelVersionResponse
from .get_pipeline_response import GetPipelineResponse
from .get_project_response import GetProjectResponse
from .heartbeat_response import HeartbeatResponse
from .hyperparameter_spec import HyperparameterSpec
from .hyperparameter_spec_children import HyperparameterSpecChildren
from .metric_scores import MetricScores
from .model import Model
from .model_hyperparameters import ModelHyperparameters
from .model_id_response import ModelIdResponse
from .model_list import ModelList
from .model_parameter_type import ModelParameterType
from .model_ref import ModelRef
from .model_spec import ModelSpec
from .model_specs import ModelSpecs
from .model_variable import ModelVariable
from .model_version import ModelVersion
from .model_version_list import ModelVersionList
from .model_version_metrics import ModelVersionMetrics
from .model_version_metrics_feature_importance import ModelVersionMetricsFeatureImportance
from .model_version_metrics_feature_importance_additional_property import (
    ModelVersionMetricsFeatureImportanceAdditionalProperty,
)
from .model_version_metrics_performance import ModelVersionMetricsPerformance
from .multipart_upload_urls import MultipartUploadUrls
from .multipart_upload_urls_urls import MultipartUploadUrlsUrls
from .no_directory import NoDirectory
from .parameter_spec import ParameterSpec
from .part_etags import PartEtags
from .performance_metric_spec import PerformanceMetricSpec
from .performance_metric_spec_parameters import PerformanceMetricSpecParameters
from .pipeline_id_response import PipelineIdResponse
from .pipeline_list import PipelineList
from .pipeline_log_response import PipelineLogResponse
from .pipeline_ref import PipelineRef
from .pipeline_running_response import PipelineRunningResponse
from .project_access_request import ProjectAccessRequest
from .project_access_request_user import ProjectAccessRequestUser
from .project_components import ProjectComponents
from .project_components_response import ProjectComponentsResponse
from .project_components_response_project_components import (
    ProjectComponentsResponseProjectComponents,
)
from .project_id_response import ProjectIdResponse
from .project_list import ProjectList
from .project_ref import ProjectRef
from .revoke_custom_facet_access_request import RevokeCustomFacetAccessRequest
from .rootkit_token_response import RootkitTokenResponse
from .run_log import RunLog
from .run_pipeline_request import RunPipelineRequest
from .run_pipeline_request_variables import RunPipelineRequestVariables
from .run_summary import RunSummary
from .run_variable import RunVariable
from .save_custom_facet_version_request import SaveCustomFacetVersionRequest
from .save_custom_facet_version_request_custom_facet_version import (
    SaveCustomFacetVersionRequestCustomFacetVersion,
)
from .schedule import Schedule
from .sub_model_metrics_spec import SubModelMetricsSpec
from .sub_model_metrics_spec_feature_importance import SubModelMetricsSpecFeatureImportance
from .sub_model_metrics_spec_performance import SubModelMetricsSpecPerformance
from .sub_model_spec import SubModelSpec
from .sub_model_spec_hyperparameters import SubModelSpecHyperparameters
from .sub_model_spec_parameters import SubModelSpecParameters
from .table_side import TableSide
from .unshare_project_request import UnshareProjectRequest
from .uploaded_file_ref import UploadedFileRef
from .user_ref import UserRef

__all__ = (
    "AbortDatasetUploadRequest",
    "App",
    "AppAccessLevel",
    "ArgumentSpec",
    "ArgumentSpecChildren",
    "Arrow",
    "ArrowArguments",
    "ChainFacetSpecs",
    "ChainGroup",
    "Chart",
    "ChartDataTypes",
    "ColumnDataType",
    "ColumnDataTypeDataFormats",
    "ColumnDataTypeName",
    "CompleteDatasetUploadRequest",
    "ConfirmDatasetUploadResponse",
    "CreateAppDirectoryRequest",
    "CreateAppDirectoryRequestDirectory",
    "CreateCustomFacetRequest",
    "CreateCustomFacetRequestCustomFacet",
    "CreateDatasetRequest",
    "CreateDatasetRequestDataset",
    "CreateModelRequest",
    "CreateModelRequestModel",
    "CreatePipelineRequest",
    "CreatePipelineRequestPipeline",
    "CreateProjectDirectoryRequest",
    "CreateProjectDirectoryRequestDirectory",
    "CreateProjectRequest",
    "CreateProjectRequestProject",
    "CustomFacet",
    "CustomFacetAccessLevel",
    "CustomFacetAccessRequest",
    "CustomFacetArgument",
    "CustomFacetArgumentType",
    "CustomFacetIdResponse",
    "CustomFacetList",
    "CustomFacetRef",
    "CustomFacetVersion",
    "CustomFacetVersionCreatedResponse",
    "CustomFacetVersionList",
    "Dataset",
    "DatasetDataTypes",
    "DatasetDownloadStatus",
    "DatasetDownloadUrlResponse",
    "DatasetIdResponse",
    "DatasetJobStatus",
    "DatasetJobType",
    "DatasetList",
    "DatasetLogEntry",
    "DatasetLogResponse",
    "DatasetRef",
    "DatasetUploadAck",
    "DatasetUploadStatus",
    "DeleteCustomFacetRequest",
    "DeleteDatasetRequest",
    "DeleteModelRequest",
    "DeletePipelineRequest",
    "DeleteProjectDirectoryRequest",
    "DeleteProjectDirectoryRequestDirectory",
    "DeleteProjectRequest",
    "Directory",
    "DirectoryIdResponse",
    "DirectoryList",
    "DirectoryRef",
    "DirectoryType",
    "EditCustomFacetDraftRequest",
    "EditCustomFacetDraftRequestCustomFacet",
    "EditDatasetRequest",
    "EditDatasetRequestDataset",
    "EditModelRequest",
    "EditModelRequestModel",
    "EditPipelineRequest",
    "EditPipelineRequestPipeline",
    "EditProjectRequest",
    "EditProjectRequestProject",
    "EmbeddedDirectory",
    "ErrorMessage",
    "ExternalComponent",
    "Facet",
    "FacetArgumentType",
    "FacetArguments",
    "FacetGroupSpecs",
    "FacetInfo",
    "FacetRequirement",
    "FacetSpec",
    "FacetSpecs",
    "FeatureImportanceSpec",
    "Flow",
    "FlowDefinition",
    "FlowDefinitionModelVariables",
    "FlowDefinitionVariables",
    "FlowProgress",
    "FlowStatus",
    "FlowVariable",
    "GenerateRootkitTokenRequest",
    "GetCustomFacetResponse",
    "GetCustomFacetVersionResponse",
    "GetDatasetResponse",
    "GetDirectoryResponse",
    "GetModelResponse",
    "GetModelVersionResponse",
    "GetPipelineResponse",
    "GetProjectResponse",
    "HeartbeatResponse",
    "HyperparameterSpec",
    "HyperparameterSpecChildren",
    "MetricScores",
    "Model",
    "ModelHyperparameters",
    "ModelIdResponse",
    "ModelList",
    "ModelParameterType",
    "ModelRef",
    "ModelSpec",
    "ModelSpecs",
    "ModelVariable",
    "ModelVersion",
    "ModelVersionList",
    "ModelVersionMetrics",
    "ModelVersionMetricsFeatureImportance",
    "ModelVersionMetricsFeatureImportanceAdditionalProperty",
    "ModelVersionMetricsPerformance",
    "MultipartUploadUrls",
    "MultipartUploadUrlsUrls",
    "NoDirectory",
    "ParameterSpec",
    "PartEtags",
    "PerformanceMetricSpec",
    "PerformanceMetricSpecParameters",
    "PipelineIdResponse",
    "PipelineList",
    "PipelineLogResponse",
    "PipelineRef",
    "PipelineRunningResponse",
    "ProjectAccessRequest",
    "ProjectAccessRequestUser",
    "ProjectComponents",
    "ProjectComponentsResponse",
    "ProjectComponentsResponseProjectComponents",
    "ProjectIdResponse",
    "ProjectList",
    "ProjectRef",
    "RevokeCustomFacetAccessRequest",
    "RootkitTokenResponse",
    "RunLog",
    "RunPipelineRequest",
    "RunPipelineRequestVariables",
    "RunSummary",
    "RunVariable",
    "SaveCustomFacetVersionRequest",
    "SaveCustomFacetVersionRequestCustomFacetVersion",
    "Schedule",
    "SubModelMetricsSpec",
    "SubModelMetricsSpecFeatureImportance",
    "SubModelMetricsSpecPerformance",
    "SubModelSpec",
    "SubModelSpecHyperparameters",
    "SubModelSpecParameters",
    "TableSide",
    "UnshareProjectRequest",
    "UploadedFileRef",
    "UserRef",
)
